import { useTranslation } from "react-i18next";
import { Card } from "../../../components/ui/Card.tsx";
import { BikeIcon, PadlockIcon, StoreIcon } from "../../../components/ui/icons.tsx";

const STEPS = [
  { key: "find", icon: <StoreIcon /> },
  { key: "pay", icon: <PadlockIcon /> },
  { key: "receive", icon: <BikeIcon /> },
] as const;

/** Three steps for a first visit: find nearby, pay safely, collect or get it delivered. */
export function HowItWorks() {
  const { t } = useTranslation("shops");
  return (
    <section aria-labelledby="how-it-works" className="section">
      <h2 id="how-it-works" className="section__title">
        {t("find.howTitle")}
      </h2>
      <ol className="steps-grid">
        {STEPS.map(({ key, icon }) => (
          <li key={key}>
            <Card
              as="div"
              title={
                <>
                  {icon} {t(`find.how.${key}.title`)}
                </>
              }
              headingLevel={3}
            >
              <p>{t(`find.how.${key}.text`)}</p>
            </Card>
          </li>
        ))}
      </ol>
    </section>
  );
}
