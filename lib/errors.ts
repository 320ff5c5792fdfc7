// Errors the user can act on. `code` is a message key under "errors." in lib/i18n/messages, so the
// server never sends UI text and the client shows it in the user's language.
export class DomainError extends Error {
  constructor(
    public readonly code: string,
    public readonly values: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "DomainError";
  }
}

/** The report is not in a state that allows this (e.g. editing outside DRAFT). */
export class ReportLockedError extends DomainError {
  constructor() {
    super("reportLocked");
  }
}
