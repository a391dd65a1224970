import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { App } from "./App.tsx";
import { AppProviders } from "./AppProviders.tsx";
import { PageLoading } from "./components/layout/PageLoading.tsx";
import { ErrorBoundary } from "./components/ui/ErrorBoundary.tsx";
import { RootErrorPage } from "./components/ui/ErrorPage.tsx";
import { loadAppSetup } from "./config/runtime.ts";
import { createI18n } from "./i18n/createI18n.ts";
import { detectLanguage } from "./i18n/languages.ts";
import { storedLanguage } from "./i18n/useLanguage.ts";
import { NoDeploymentPage } from "./NoDeploymentPage.tsx";
import "./styles/index.css";

const container = document.getElementById("root");
if (container === null) throw new Error("index.html has no #root element");
const root = createRoot(container);

/** Starts the app: configuration, translations, then either the app or the "no deployment" page. */
async function start(): Promise<void> {
  const [{ config, lookup }, i18n] = await Promise.all([
    loadAppSetup(),
    createI18n({ language: detectLanguage({ stored: storedLanguage(), preferred: navigator.languages }) }),
  ]);
  root.render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <RootErrorPage error={error} />}>
        <I18nextProvider i18n={i18n}>
          <Suspense fallback={<PageLoading />}>
            {lookup.status === "found" ? (
              <AppProviders config={config} deployment={lookup.deployment}>
                <App />
              </AppProviders>
            ) : (
              <NoDeploymentPage lookup={lookup} />
            )}
          </Suspense>
        </I18nextProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

start().catch((error: unknown) => root.render(<RootErrorPage error={error} />));
