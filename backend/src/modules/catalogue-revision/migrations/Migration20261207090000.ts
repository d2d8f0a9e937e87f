import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * What catalogue pages show of each buyer-visible product, kept current by the
 * catalogue's events (lib/catalogue/product-views.ts): the card of lists and
 * the product page, each read by one indexed query instead of Medusa's product
 * list with its prices and stock on every render. A product buyers may not see
 * has no row.
 */
export class Migration20261207090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "catalogue_product" ("product_id" text not null, "handle" text not null, "producer_handle" text null, "collection_id" text null, "sales_channel_ids" text[] not null default '{}', "product_created_at" timestamptz not null, "card" jsonb not null, "detail" jsonb not null, "updated_at" timestamptz not null default now(), constraint "catalogue_product_pkey" primary key ("product_id"));`
    )
    this.addSql(`create index if not exists "IDX_catalogue_product_handle" on "catalogue_product" ("handle");`)
    this.addSql(`create index if not exists "IDX_catalogue_product_age" on "catalogue_product" ("product_created_at", "product_id");`)
    this.addSql(`create index if not exists "IDX_catalogue_product_producer" on "catalogue_product" ("producer_handle");`)
    this.addSql(`create index if not exists "IDX_catalogue_product_collection" on "catalogue_product" ("collection_id");`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalogue_product" cascade;`)
  }
}
