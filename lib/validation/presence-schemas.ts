import { z } from "zod";

// Zod schema of the editor's presence heartbeat and leave actions (same id rule as report-schemas.ts).
export const ZPresenceSchema = z.object({ reportId: z.string().min(1).max(64) });
