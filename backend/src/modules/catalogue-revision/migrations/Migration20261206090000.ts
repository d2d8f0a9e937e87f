import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What changed in the catalogue, one row per tag (see lib/catalogue/change-tags.ts).
 * Storefronts read the rows their last read may have missed by transaction id
 * (xid at or after the oldest transaction still running then), so a change
 * committed late is never skipped; `id` lets them apply each row once.
 */
export class Migration20261206090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "catalogue_change" ("id" bigserial not null, "xid" xid8 not null default pg_current_xact_id(), "tag" text not null, "hard" boolean not null default false, "created_at" timestamptz not null default now(), constraint "catalogue_change_pkey" primary key ("id"));`
    )
    this.addSql(`create index if not exists "IDX_catalogue_change_xid" on "catalogue_change" ("xid");`)
    this.addSql(`create index if not exists "IDX_catalogue_change_created_at" on "catalogue_change" ("created_at");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalogue_change" cascade;`)
  }
}
