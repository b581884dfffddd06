// Provides the client messages of the pages below (lib/i18n/client-messages.ts).
import { messagesLayout } from "@/components/i18n/messages-layout";

export default messagesLayout("orders");
