import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickClientMessages, type ClientNamespace } from "@/lib/i18n/client-messages";

/**
 * Gives the client components inside it the message namespaces they read, or parts of one
 * ("import.openImport"): the root layout sends none. tests/client-messages-pages.test.ts checks each
 * page's list against what its client modules use.
 */
export async function ClientMessages({ namespaces, children }: { namespaces: ClientNamespace[]; children: React.ReactNode }) {
  const messages = pickClientMessages(await getMessages(), namespaces);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
