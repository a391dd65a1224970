import { decodeGeohash, isValidLatLon } from "@grandrue/sdk";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../../components/ui/Button.tsx";
import { Card } from "../../../../components/ui/Card.tsx";
import { Field } from "../../../../components/ui/Field.tsx";
import { Select } from "../../../../components/ui/Select.tsx";
import { TextInput } from "../../../../components/ui/TextInput.tsx";
import { GRID_PRECISIONS, type GridPrecision } from "../../lib/geohashGrid.ts";
import { GeohashGrid } from "./GeohashGrid.tsx";
import type { CarrierSectionProps } from "./sectionProps.ts";

/** The middle of the cells already chosen, so the grid opens on the area served. */
function initialCentre(geohashes: readonly string[]): { lat: string; lon: string } {
  if (geohashes.length === 0) return { lat: "", lon: "" };
  const points = geohashes.map((cell) => decodeGeohash(cell));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    lat: mean(points.map((point) => point.lat)).toFixed(4),
    lon: mean(points.map((point) => point.lon)).toFixed(4),
  };
}

/** Where the carrier delivers: postcodes, and map cells picked on a grid around a centre. */
export function AreaFields({ form, onChange, problems }: CarrierSectionProps) {
  const { t } = useTranslation("carrier");
  const [centre, setCentre] = useState(() => initialCentre(form.geohashes));
  const [precision, setPrecision] = useState<GridPrecision>(() =>
    form.geohashes[0]?.length === 4 ? 4 : form.geohashes[0]?.length === 6 ? 6 : 5,
  );
  const [isLocating, setLocating] = useState(false);
  const point = { lat: Number(centre.lat.replace(",", ".")), lon: Number(centre.lon.replace(",", ".")) };
  const hasCentre = centre.lat.trim() !== "" && centre.lon.trim() !== "" && isValidLatLon(point);
  const locate = () => {
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setCentre({ lat: coords.latitude.toFixed(4), lon: coords.longitude.toFixed(4) });
        setLocating(false);
      },
      () => setLocating(false),
      { timeout: 15_000 },
    );
  };
  return (
    <Card title={t("form.area.title")}>
      <Field
        label={t("form.area.postcodes")}
        hint={t("form.area.postcodesHint")}
        error={problems.postcodes === undefined ? undefined : t("form.errors.postcode")}
      >
        <TextInput value={form.postcodes} onChange={(event) => onChange({ postcodes: event.target.value })} />
      </Field>
      <h3 className="form-subtitle">{t("form.area.mapTitle")}</h3>
      <p className="muted">{t("form.area.mapText")}</p>
      <div className="form-grid form-grid--two">
        <Field label={t("form.area.lat")}>
          <TextInput
            value={centre.lat}
            inputMode="decimal"
            onChange={(event) => setCentre({ ...centre, lat: event.target.value })}
          />
        </Field>
        <Field label={t("form.area.lon")}>
          <TextInput
            value={centre.lon}
            inputMode="decimal"
            onChange={(event) => setCentre({ ...centre, lon: event.target.value })}
          />
        </Field>
        <Field label={t("form.area.cellSize")}>
          <Select
            value={String(precision)}
            onChange={(event) => setPrecision(Number(event.target.value) as GridPrecision)}
            options={GRID_PRECISIONS.map((value) => ({
              value: String(value),
              label: t(`form.area.precision.${value}`),
            }))}
          />
        </Field>
        <div className="area-fields__locate">
          {"geolocation" in navigator && (
            <Button onClick={locate} isLoading={isLocating}>
              {t("form.area.useMyLocation")}
            </Button>
          )}
        </div>
      </div>
      {hasCentre ? (
        <GeohashGrid
          centre={point}
          precision={precision}
          chosen={form.geohashes}
          onChange={(geohashes) => onChange({ geohashes })}
        />
      ) : (
        <p className="muted">{t("form.area.noCentre")}</p>
      )}
      <p className="field__hint">
        {t("form.area.chosen", { count: form.geohashes.length, cells: form.geohashes.join(", ") || "—" })}
      </p>
      {problems.area !== undefined && <p className="field__error">{t("form.errors.noArea")}</p>}
    </Card>
  );
}
