import { MAX_CITY_LENGTH, MAX_STREET_LENGTH } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { type ShopProfileForm, type ShopProfileProblems, shopPoint } from "../../lib/shopProfile.ts";
import type { SectionProps } from "../form/formTypes.ts";
import { useProblemText } from "../form/useProblemText.ts";
import { LocationPreview } from "./LocationPreview.tsx";

type LocateState = "idle" | "locating" | "denied" | "unavailable";

/** The postal address customers read, and the point where the shop appears in "near me" searches. */
export function AddressFields({ form, onChange, problems }: SectionProps<ShopProfileForm, ShopProfileProblems>) {
  const { t } = useTranslation("merchant");
  const problemText = useProblemText();
  const [locate, setLocate] = useState<LocateState>("idle");
  const point = shopPoint(form);
  const fillFromMyLocation = () => {
    if (!("geolocation" in navigator)) {
      setLocate("unavailable");
      return;
    }
    setLocate("locating");
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        onChange({ lat: coords.latitude.toFixed(6), lon: coords.longitude.toFixed(6) });
        setLocate("idle");
      },
      (error) => setLocate(error.code === error.PERMISSION_DENIED ? "denied" : "unavailable"),
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };
  return (
    <Card title={t("form.address.title")}>
      <div className="form-grid form-grid--two">
        <Field
          label={t("form.address.street")}
          isRequired
          error={problemText(problems.street, { max: MAX_STREET_LENGTH })}
          className="form-grid__wide"
        >
          <TextInput
            value={form.street}
            autoComplete="street-address"
            onChange={(event) => onChange({ street: event.target.value })}
          />
        </Field>
        <Field label={t("form.address.postcode")} isRequired error={problemText(problems.postcode)}>
          <TextInput
            value={form.postcode}
            autoComplete="postal-code"
            inputMode="text"
            onChange={(event) => onChange({ postcode: event.target.value })}
          />
        </Field>
        <Field label={t("form.address.city")} isRequired error={problemText(problems.city, { max: MAX_CITY_LENGTH })}>
          <TextInput
            value={form.city}
            autoComplete="address-level2"
            onChange={(event) => onChange({ city: event.target.value })}
          />
        </Field>
        <Field
          label={t("form.address.country")}
          hint={t("form.address.countryHint")}
          error={problemText(problems.country)}
        >
          <TextInput
            value={form.country}
            maxLength={2}
            autoComplete="country"
            onChange={(event) => onChange({ country: event.target.value.toUpperCase() })}
          />
        </Field>
      </div>
      <h3 className="form-subtitle">{t("form.address.locationTitle")}</h3>
      <p className="muted">{t("form.address.locationText")}</p>
      <div className="location-picker">
        <div className="form-grid form-grid--two">
          <Field
            label={t("form.address.lat")}
            hint={t("form.address.latHint")}
            isRequired
            error={problemText(problems.lat)}
          >
            <TextInput
              value={form.lat}
              inputMode="decimal"
              onChange={(event) => onChange({ lat: event.target.value })}
            />
          </Field>
          <Field
            label={t("form.address.lon")}
            hint={t("form.address.lonHint")}
            isRequired
            error={problemText(problems.lon)}
          >
            <TextInput
              value={form.lon}
              inputMode="decimal"
              onChange={(event) => onChange({ lon: event.target.value })}
            />
          </Field>
          <div className="form-grid__wide">
            <Button onClick={fillFromMyLocation} isLoading={locate === "locating"}>
              {t("form.address.useMyLocation")}
            </Button>
            {(locate === "denied" || locate === "unavailable") && (
              <p className="field__error" role="alert">
                {t(`form.address.locate.${locate}`)}
              </p>
            )}
          </div>
        </div>
        {point !== undefined && <LocationPreview point={point} />}
      </div>
    </Card>
  );
}
