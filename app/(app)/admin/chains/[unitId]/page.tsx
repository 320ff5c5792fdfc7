import { keyText } from "@/lib/i18n/key-text";
import { PageHeader } from "@/components/page-header";
import { getFormatter, getTranslations } from "@/lib/i18n/server-translations";
import { requireActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/auth/or-not-found";
import { getChainEditor } from "@/lib/workflow/approval-chains";
import { CHAIN_LABEL_MAX } from "@/lib/validation/workflow-schemas";
import { addChainStepFormAction, moveChainStepFormAction, removeChainStepFormAction, setChainStepModeFormAction } from "@/lib/actions/approval-chains";
import { groupSlots } from "@/lib/workflow/chain-groups";

/**
 * One unit's approval chain: steps in order, moved up/down or removed; new steps added at the end — one
 * approver, or several named ones signing 会签 (all) or 或签 (any one), switchable afterwards.
 */
export default async function ChainEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ unitId: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const { unitId } = await params;
  const actor = await requireActor(`/admin/chains/${unitId}`);
  const { unit, options } = await orNotFound(getChainEditor(actor, unitId));
  const t = await getTranslations("review.chains");
  const tRoot = await getTranslations();
  const format = await getFormatter();
  const { error } = await searchParams;
  const steps = groupSlots(unit.chainSteps);
  const input = "w-full rounded border border-stone-300 bg-white p-1.5 text-sm";
  return (
    <div className="space-y-6">
      <PageHeader backHref="/admin/chains" back={t("allChains")} title={t("unitTitle", { unit: unit.name })} subtitle={t("appliesNext")} />
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800" data-testid="page-error">
          {keyText(tRoot, error)}
        </p>
      )}
      <section aria-labelledby="steps" className="space-y-2">
        <h2 id="steps" className="text-lg font-medium">
          {t("steps")}
        </h2>
        {steps.length === 0 && <p className="text-sm text-amber-800">{t("noChain")}</p>}
        <ol className="space-y-2" aria-label={t("steps")}>
          {steps.map((s, i) => (
            <li key={s.id} className="flex flex-col gap-2 rounded border border-stone-200 bg-white p-3 text-sm sm:flex-row sm:items-center" data-testid="chain-step">
              <span className="sm:flex-1">
                <span className="font-medium">{t("stepLine", { n: i + 1, label: s.label })}</span>
                {s.slots.length > 1 && (
                  <span className="ml-2 rounded bg-stone-100 px-1 text-stone-700" data-testid="chain-step-mode">
                    {t(`modeShort.${s.mode}`)}
                  </span>
                )}
                <span className="ml-2 text-stone-600">
                  {format.list(s.slots.map((a) => (a.approverKind === "USER" ? (a.approverUser?.name ?? "—") : t("anyLeader", { unit: a.approverUnit?.name ?? "—" }))))}
                </span>
              </span>
              <div className="flex flex-wrap gap-2">
                {s.slots.length > 1 && (
                  <form action={setChainStepModeFormAction}>
                    <input type="hidden" name="unitId" value={unit.id} />
                    <input type="hidden" name="stepId" value={s.id} />
                    <input type="hidden" name="mode" value={s.mode === "ALL" ? "ANY" : "ALL"} />
                    <button className="rounded border border-stone-300 px-2 py-1" aria-label={t("switchModeNamed", { label: s.label, mode: t(`modeShort.${s.mode === "ALL" ? "ANY" : "ALL"}`) })}>
                      {t("switchMode", { mode: t(`modeShort.${s.mode === "ALL" ? "ANY" : "ALL"}`) })}
                    </button>
                  </form>
                )}
                {(["up", "down"] as const).map((direction) => (
                  <form key={direction} action={moveChainStepFormAction}>
                    <input type="hidden" name="unitId" value={unit.id} />
                    <input type="hidden" name="stepId" value={s.id} />
                    <input type="hidden" name="direction" value={direction} />
                    <button
                      disabled={direction === "up" ? i === 0 : i === steps.length - 1}
                      className="rounded border border-stone-300 px-2 py-1 disabled:opacity-40"
                      aria-label={t(direction === "up" ? "moveUpNamed" : "moveDownNamed", { label: s.label })}
                    >
                      {t(direction === "up" ? "moveUp" : "moveDown")}
                    </button>
                  </form>
                ))}
                <form action={removeChainStepFormAction}>
                  <input type="hidden" name="unitId" value={unit.id} />
                  <input type="hidden" name="stepId" value={s.id} />
                  <button className="rounded border border-red-300 px-2 py-1 text-red-800" aria-label={t("removeNamed", { label: s.label })}>
                    {t("remove")}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="add" className="grid gap-4 md:grid-cols-2">
        <h2 id="add" className="text-lg font-medium md:col-span-2">
          {t("add")}
        </h2>
        <form action={addChainStepFormAction} className="space-y-2 rounded border border-stone-200 bg-white p-3" aria-label={t("addUser")}>
          <h3 className="font-medium">{t("addUser")}</h3>
          <input type="hidden" name="unitId" value={unit.id} />
          <input type="hidden" name="approverKind" value="USER" />
          <label className="block text-sm" htmlFor="user-label">
            {t("label")}
          </label>
          <input id="user-label" name="label" required maxLength={CHAIN_LABEL_MAX} placeholder={t("labelExample")} className={input} />
          <label className="block text-sm" htmlFor="user-approver">
            {t("approverUser")}
          </label>
          <select id="user-approver" name="approverUserId" required className={input}>
            {options.users.map((u) => (
              <option key={u.id} value={u.id}>
                {t("userOption", { name: u.name, units: format.list(u.units) })}
              </option>
            ))}
          </select>
          <label className="block text-sm" htmlFor="user-co-approvers">
            {t("coApprovers")}
          </label>
          <select id="user-co-approvers" name="coApproverUserIds" multiple size={Math.min(4, Math.max(2, options.users.length))} className={input} aria-describedby="user-co-hint">
            {options.users.map((u) => (
              <option key={u.id} value={u.id}>
                {t("userOption", { name: u.name, units: format.list(u.units) })}
              </option>
            ))}
          </select>
          <p id="user-co-hint" className="text-xs text-stone-500">
            {t("coApproversHint")}
          </p>
          <fieldset className="space-y-1 text-sm">
            <legend>{t("modeLegend")}</legend>
            {(["ALL", "ANY"] as const).map((mode) => (
              <label key={mode} className="flex items-center gap-2">
                <input type="radio" name="mode" value={mode} defaultChecked={mode === "ALL"} />
                {t(`mode.${mode}`)}
              </label>
            ))}
          </fieldset>
          <button className="rounded bg-seal px-3 py-1 text-sm text-white">{t("addButton")}</button>
        </form>
        <form action={addChainStepFormAction} className="space-y-2 rounded border border-stone-200 bg-white p-3" aria-label={t("addUnitLeader")}>
          <h3 className="font-medium">{t("addUnitLeader")}</h3>
          <input type="hidden" name="unitId" value={unit.id} />
          <input type="hidden" name="approverKind" value="UNIT_LEADER" />
          <label className="block text-sm" htmlFor="unit-label">
            {t("label")}
          </label>
          <input id="unit-label" name="label" required maxLength={CHAIN_LABEL_MAX} placeholder={t("labelExample")} className={input} />
          <label className="block text-sm" htmlFor="unit-approver">
            {t("approverUnit")}
          </label>
          <select id="unit-approver" name="approverUnitId" required className={input}>
            {options.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <button className="rounded bg-seal px-3 py-1 text-sm text-white">{t("addButton")}</button>
        </form>
      </section>
    </div>
  );
}
