import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261204222110 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "coordinator_role" drop constraint if exists "coordinator_role_user_id_unique";`)
    this.addSql(
      `create table if not exists "coordinator_role" ("id" text not null, "user_id" text not null, "role" text check ("role" in ('head', 'kecamatan')) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "coordinator_role_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_coordinator_role_user_id_unique" ON "coordinator_role" ("user_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coordinator_role_deleted_at" ON "coordinator_role" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_coordinator_role_role" ON "coordinator_role" ("role") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "coordinator_role" cascade;`)
  }
}
