export * from "./actions";
export * from "./actor";
export * from "./check";
