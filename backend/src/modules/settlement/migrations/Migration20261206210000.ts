import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261206210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "settlement_entry" ("id" text not null, "producer_id" text not null, "kind" text check ("kind" in ('sale', 'fee', 'refund', 'payout', 'adjustment')) not null, "amount" integer not null, "order_id" text null, "order_display_id" integer null, "note" text null, "source_key" text not null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "settlement_entry_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_settlement_entry_source_key_unique" ON "settlement_entry" ("source_key") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_settlement_entry_producer_id_created_at" ON "settlement_entry" ("producer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_settlement_entry_deleted_at" ON "settlement_entry" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "settlement_entry" cascade;`)
  }
}
