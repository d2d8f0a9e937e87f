import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "settlement_policy" ("id" text not null, "fee_basis_points" integer not null default 0, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_policy_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_policy_deleted_at" ON "settlement_policy" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "settlement_policy" cascade;`)
  }
}
