// `npm run db:migrate`: apply the pending migrations of the configured database (SQLite by default,
// PostgreSQL when DATABASE_URL says so) and stop — for upgrades run by hand before restarting the app.
// The same runner `npm start` uses, so both paths apply exactly the same SQL.
import { migrate } from "../lib/db/migrate.mjs";

try {
  const applied = await migrate(process.env, (m) => console.log(`[migrate] migration ${m}`));
  console.log(`[migrate] database is up to date (${applied} applied now)`);
} catch (e) {
  console.error(`[migrate] failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
