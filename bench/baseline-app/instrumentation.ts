// The bare page has no start-up work of its own. Without this file its build picked up the app's
// instrumentation.ts (the reminder scheduler, Prisma) from the repository root.
export function register() {}
