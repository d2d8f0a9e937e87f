import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128041714 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "product_harvest" ("id" text not null, "expected_on" timestamptz not null, "forecast_quantity" integer not null, "unit" text not null default 'kg', "note" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_harvest_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_harvest_deleted_at" ON "product_harvest" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_harvest_expected_on" ON "product_harvest" ("expected_on") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "product_harvest" cascade;`)
  }
}
