import { MAX_SHOP_DESCRIPTION_LENGTH, MAX_SHOP_NAME_LENGTH, MAX_SHOP_STORY_LENGTH } from "@grandrue/sdk";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextArea } from "../../../../components/ui/TextArea.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { useImageUpload } from "../../hooks/useImageUpload.ts";
import type { ShopProfileForm, ShopProfileProblems } from "../../lib/shopProfile.ts";
import type { SectionProps } from "../form/formTypes.ts";
import { ImagePicker } from "../form/ImagePicker.tsx";
import { IpfsImage } from "../form/IpfsImage.tsx";
import { useProblemText } from "../form/useProblemText.ts";

/** Name, one-line description, story and logo of the shop. */
export function IdentityFields({ form, onChange, problems }: SectionProps<ShopProfileForm, ShopProfileProblems>) {
  const { t } = useTranslation("merchant");
  const problemText = useProblemText();
  const logo = useImageUpload("logo");
  return (
    <Card title={t("form.identity.title")}>
      <div className="form-grid">
        <Field
          label={t("form.identity.name")}
          isRequired
          error={problemText(problems.name, { max: MAX_SHOP_NAME_LENGTH })}
          count={{ length: form.name.length, max: MAX_SHOP_NAME_LENGTH }}
        >
          <TextInput
            value={form.name}
            autoComplete="organization"
            onChange={(event) => onChange({ name: event.target.value })}
          />
        </Field>
        <Field
          label={t("form.identity.description")}
          hint={t("form.identity.descriptionHint")}
          isRequired
          error={problemText(problems.description, { max: MAX_SHOP_DESCRIPTION_LENGTH })}
          count={{ length: form.description.length, max: MAX_SHOP_DESCRIPTION_LENGTH }}
        >
          <TextArea
            rows={2}
            value={form.description}
            onChange={(event) => onChange({ description: event.target.value })}
          />
        </Field>
        <Field
          label={t("form.identity.story")}
          hint={t("form.identity.storyHint")}
          error={problemText(problems.story, { max: MAX_SHOP_STORY_LENGTH })}
          count={{ length: form.story.length, max: MAX_SHOP_STORY_LENGTH }}
        >
          <TextArea rows={5} value={form.story} onChange={(event) => onChange({ story: event.target.value })} />
        </Field>
        <div className="logo-field">
          {form.logo !== undefined && (
            <IpfsImage cid={form.logo} alt={t("form.identity.logoAlt")} className="logo-field__preview" />
          )}
          <ImagePicker
            label={form.logo === undefined ? t("form.identity.logo") : t("form.identity.replaceLogo")}
            hint={t("form.identity.logoHint")}
            state={logo.state}
            onFile={async (file) => {
              onChange({ logoProblem: "saving" });
              const cid = await logo.upload(file);
              onChange(cid === undefined ? { logoProblem: "notSaved" } : { logo: cid, logoProblem: undefined });
            }}
          />
          {problems.logo !== undefined && <p className="field__error">{problemText(problems.logo)}</p>}
          {form.logoProblem === "notSaved" && (
            <Button
              size="small"
              variant="quiet"
              onClick={() => {
                logo.clear();
                onChange({ logoProblem: undefined });
              }}
            >
              {t("form.identity.withoutLogo")}
            </Button>
          )}
        </div>
      </div>
    </Card>
  );
}
