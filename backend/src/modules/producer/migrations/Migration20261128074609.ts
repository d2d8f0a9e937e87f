import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128074609 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "producer_order" ("id" text not null, "order_id" text not null, "producer_id" text not null, "item_ids" text[] not null, "status" text check ("status" in ('new', 'accepted', 'packed', 'handed_over', 'shipped')) not null default 'new', "tracking_note" text null, "fulfillment_id" text null, "accepted_at" timestamptz null, "packed_at" timestamptz null, "handed_over_at" timestamptz null, "shipped_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_order_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_order_deleted_at" ON "producer_order" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_order_order_id_producer_id_unique" ON "producer_order" ("order_id", "producer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_order_producer_id_status" ON "producer_order" ("producer_id", "status") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_order" cascade;`)
  }
}
