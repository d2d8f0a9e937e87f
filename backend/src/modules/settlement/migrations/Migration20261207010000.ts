import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "transfer_receipt" ("id" text not null, "order_id" text not null, "file_id" text not null, "bytes" integer not null, "width" integer not null, "height" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "transfer_receipt_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_transfer_receipt_order_id" ON "transfer_receipt" ("order_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_transfer_receipt_deleted_at" ON "transfer_receipt" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "transfer_receipt" cascade;`)
  }
}
