import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Address, isAddress } from "viem";
import { useConnection } from "wagmi";
import { Page } from "../../components/layout/Page.tsx";
import { Banner } from "../../components/ui/Banner.tsx";
import { Button } from "../../components/ui/Button.tsx";
import { Card } from "../../components/ui/Card.tsx";
import { Field } from "../../components/ui/Field.tsx";
import { TextInput } from "../../components/ui/TextInput.tsx";
import { useMarket } from "../../market/index.ts";
import { FAUCET_MAXIMUM, sendDemoEuros } from "./sendDemoEuros.ts";

/** `/faucet` (local test network only): sends demo EURC to an address, the connected account's by default. */
export function FaucetPage() {
  const { t } = useTranslation();
  const { publicClient, deployment } = useMarket();
  const { address: connected } = useConnection();
  const [to, setTo] = useState<string>(connected ?? "");
  const [amount, setAmount] = useState("50");
  const [problem, setProblem] = useState<"badAddress" | "badAmount">();
  const token = deployment.tokens?.EURC?.address;
  const send = useMutation({
    mutationFn: (request: { to: Address; amount: number }) =>
      sendDemoEuros(publicClient, { token: token!, ...request }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(amount.replace(",", "."));
    const recipient = to.trim();
    if (!isAddress(recipient, { strict: false })) return setProblem("badAddress");
    if (!Number.isFinite(value) || value < 1 || value > FAUCET_MAXIMUM) return setProblem("badAmount");
    setProblem(undefined);
    send.mutate({ to: recipient, amount: value });
  };
  return (
    <Page title={t("faucet.title")} lead={t("faucet.lead")} width="narrow">
      <Card>
        {token === undefined ? (
          <Banner tone="warning">{t("faucet.noToken")}</Banner>
        ) : (
          <form onSubmit={submit} noValidate className="form">
            <Field label={t("faucet.address")} error={problem === "badAddress" && t("faucet.badAddress")}>
              <TextInput
                value={to}
                onChange={(event) => setTo(event.target.value)}
                spellCheck={false}
                className="mono"
              />
            </Field>
            <Field label={t("faucet.amount")} error={problem === "badAmount" && t("faucet.badAmount")}>
              <TextInput value={amount} onChange={(event) => setAmount(event.target.value)} inputMode="decimal" />
            </Field>
            {send.isError && <Banner tone="error">{t("faucet.failed")}</Banner>}
            {send.isSuccess && (
              <Banner tone="info">
                {t("faucet.sent", { amount: `${send.variables.amount} €`, address: send.variables.to })}
              </Banner>
            )}
            <Button type="submit" variant="primary" isLoading={send.isPending}>
              {t("faucet.send")}
            </Button>
          </form>
        )}
      </Card>
    </Page>
  );
}
