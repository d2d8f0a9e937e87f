import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128043950 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stock_adjustment" ("id" text not null, "producer_id" text not null, "inventory_item_id" text not null, "location_id" text not null, "variant_id" text not null, "delta" integer not null, "quantity_after" integer not null, "reason" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stock_adjustment_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_stock_adjustment_deleted_at" ON "stock_adjustment" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stock_adjustment_producer_id_variant_id" ON "stock_adjustment" ("producer_id", "variant_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stock_adjustment" cascade;`)
  }
}
