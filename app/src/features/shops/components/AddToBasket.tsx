import { type CatalogItem, stockOf } from "@grandrue/sdk";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Banner } from "../../../components/ui/Banner.tsx";
import { Button, LinkButton } from "../../../components/ui/Button.tsx";
import { Field } from "../../../components/ui/Field.tsx";
import { BasketIcon } from "../../../components/ui/icons.tsx";
import { Price } from "../../../components/ui/Price.tsx";
import { TextInput } from "../../../components/ui/TextInput.tsx";
import { useBasket } from "../../basket/index.ts";
import { variantPrice } from "../catalog/itemPrice.ts";
import { unitLabel } from "../tags/tagLabel.ts";
import { StockBadge } from "./StockBadge.tsx";

const MAX_QUANTITY = 99;

export type AddToBasketProps = { shopId: bigint; item: CatalogItem; priceUnit: string; canOrder: boolean };

/** Price, variant, quantity and "Add to basket", with a visible confirmation once added. */
export function AddToBasket({ shopId, item, priceUnit, canOrder }: AddToBasketProps) {
  const { t } = useTranslation(["shops", "shopPage"]);
  const basket = useBasket();
  const [variantId, setVariantId] = useState(
    () => (item.variants.find((variant) => variant.available) ?? item.variants[0])?.id,
  );
  const [quantityText, setQuantityText] = useState("1");
  const [added, setAdded] = useState<{ count: number; quantity: number; name: string }>();
  const variant = item.variants.find((candidate) => candidate.id === variantId);
  const quantity = Number(quantityText);
  const stock = stockOf(item, variant?.id);
  const isQuantityValid = Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_QUANTITY;
  const isOverStock = isQuantityValid && stock !== undefined && quantity > stock;
  const isAvailable = item.available && (variant?.available ?? item.variants.length === 0) && stock !== 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isQuantityValid || isOverStock || !isAvailable || !canOrder) return;
    basket.add({
      shopId: shopId.toString(),
      itemId: item.id,
      ...(variant !== undefined && { variantId: variant.id }),
      quantity,
    });
    const name = variant === undefined ? item.title : `${item.title} (${variant.label})`;
    setAdded((previous) => ({ count: (previous?.count ?? 0) + 1, quantity, name }));
  };
  const unit = item.unit === undefined ? undefined : t("catalog.per", { unit: unitLabel(item.unit, t) });
  return (
    <form className="add-to-basket" onSubmit={submit} noValidate>
      <p className="add-to-basket__price">
        <Price amount={variantPrice(item, variant)} currency={priceUnit} unit={unit} size="large" />
      </p>
      {item.variants.length > 0 && (
        <fieldset className="choices">
          <legend>{t("shopPage:item.variant")}</legend>
          {item.variants.map((option) => (
            <label key={option.id} className="choice">
              <input
                type="radio"
                name="variant"
                value={option.id}
                checked={option.id === variantId}
                disabled={!option.available}
                onChange={() => setVariantId(option.id)}
              />
              <span className="choice__label">{option.label}</span>
              <Price amount={variantPrice(item, option)} currency={priceUnit} size="small" />
              {!option.available && <span className="muted">{t("catalog.unavailable")}</span>}
            </label>
          ))}
        </fieldset>
      )}
      <Field
        label={t("shopPage:item.quantity")}
        error={
          !isQuantityValid
            ? t("shopPage:item.quantityError", { max: MAX_QUANTITY })
            : isOverStock && stock !== 0
              ? t("shopPage:item.overStock", { count: stock })
              : undefined
        }
        className="add-to-basket__quantity"
      >
        <TextInput
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.min(MAX_QUANTITY, stock ?? MAX_QUANTITY)}
          step={1}
          value={quantityText}
          onChange={(event) => setQuantityText(event.target.value)}
        />
      </Field>
      <Button
        type="submit"
        variant="primary"
        size="large"
        icon={<BasketIcon />}
        disabled={!isAvailable || !canOrder || !isQuantityValid || isOverStock}
      >
        {t("shopPage:item.addToBasket")}
      </Button>
      {!isAvailable && <p className="muted">{t("shopPage:item.unavailable")}</p>}
      {isAvailable && <StockBadge stock={stock} />}
      {added !== undefined && (
        <Banner
          key={added.count}
          tone="info"
          title={t("shopPage:item.added", { count: added.quantity, name: added.name })}
          action={<LinkButton href="~/basket">{t("shopPage:item.seeBasket")}</LinkButton>}
        >
          <p>{t("shopPage:item.basketCount", { count: basket.itemCount })}</p>
        </Banner>
      )}
    </form>
  );
}
