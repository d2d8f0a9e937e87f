import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207000000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "payment_confirmation" ("id" text not null, "order_id" text not null, "order_display_id" integer not null, "payment_id" text not null, "method" text check ("method" in ('bank_transfer', 'cash_on_delivery')) not null, "amount" integer not null, "received_on" text not null, "collected_by" text null, "note" text null, "confirmed_by" text not null, "request_key" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payment_confirmation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payment_confirmation_request_key_unique" ON "payment_confirmation" ("request_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_confirmation_order_id" ON "payment_confirmation" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payment_confirmation_method_received_on" ON "payment_confirmation" ("method", "received_on") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_payment_confirmation_deleted_at" ON "payment_confirmation" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "payment_confirmation" cascade;`)
  }
}
