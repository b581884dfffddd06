"use client";
// Add a blacklist entry (the same schema as POST /api/admin/blacklist): an email, a domain or an IP.
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { addBlacklistAction } from "@/lib/admin/actions/blacklist";
import { idle, type ActionState } from "@/lib/admin/actions/action-state";
import { BLACKLIST_KINDS } from "@/lib/blacklist/blacklist-kinds";
import { TextField } from "@/components/ui/text-field";
import { primaryButton } from "@/components/ui/styles";
import { Select } from "./fields";
import { FormStatus } from "./form-status";

export function BlacklistForm() {
  const t = useTranslations("AdminBlacklist");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionState, FormData>(addBlacklistAction, idle);
  const invalid = (field: string) => (state.fields?.includes(field) || state.detail?.startsWith(field) ? t("invalidField") : undefined);
  return (
    <form action={action} noValidate className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-5" data-testid="blacklist-form">
      <input type="hidden" name="locale" value={locale} />
      <Select id="blacklist-kind" name="kind" label={t("kind")} defaultValue="email">
        {BLACKLIST_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </Select>
      <TextField
        id="blacklist-value"
        name="value"
        label={t("value")}
        hint={t("valueHint")}
        maxLength={254}
        error={invalid("value")}
        className="lg:col-span-2"
      />
      <TextField id="blacklist-note" name="note" label={t("note")} maxLength={200} error={invalid("note")} />
      <button type="submit" disabled={pending} className={`${primaryButton} px-4 py-2 text-sm font-medium`} data-testid="blacklist-add">
        {t("add")}
      </button>
      <div className="sm:col-span-2 lg:col-span-5">
        <FormStatus state={state} success={t("added")} />
      </div>
    </form>
  );
}
