import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "payout_account" ("id" text not null, "producer_id" text not null, "bank" text not null, "number" text not null, "holder" text not null, "confirmed_at" timestamptz null, "confirmed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_producer_id_unique" ON "payout_account" ("producer_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payout_account_deleted_at" ON "payout_account" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payout_account" cascade;`)
  }
}
