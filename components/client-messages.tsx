import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickClientMessages, type ClientNamespace } from "@/lib/i18n/client-messages";

/**
 * Gives the client components inside it the page-scoped message namespaces they use, or parts of one
 * ("import.openImport"), on top of what the root layout sends every page. A nested provider replaces the
 * outer one's messages, so it sends both.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: ClientNamespace[]; children: React.ReactNode }) {
  const messages = pickClientMessages(await getMessages(), namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
