import { z } from "zod";
import { id } from "./text";

export const ZOpenNotificationSchema = z.object({ id });
export const ZMarkReadSchema = z.object({ ids: z.array(id).max(200) });
/** unitId null = every unit of the round that has not submitted. */
export const ZRemindUnitsSchema = z.object({ roundId: id, unitId: id.nullable() });
