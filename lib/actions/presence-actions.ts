"use server";
// Server actions of the editor's presence line ("周丽 也在编辑此报告"): zod parse → signed-in actor →
// domain function, which checks that the actor may edit the report. No audit event (see
// lib/presence/heartbeat-presence.ts) and nothing to revalidate.
import { defineAction } from "./action-client";
import { ZPresenceSchema } from "@/lib/validation/presence-schemas";
import { heartbeatPresence, leavePresence } from "@/lib/presence/heartbeat-presence";

export const heartbeatPresenceAction = defineAction(ZPresenceSchema, heartbeatPresence);
export const leavePresenceAction = defineAction(ZPresenceSchema, leavePresence);
