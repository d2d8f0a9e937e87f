import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128013635 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`)
    this.addSql(
      `create table if not exists "producer" ("id" text not null, "handle" text not null, "business_name" text not null, "owner_name" text not null, "whatsapp" text not null, "phone_public" boolean not null default false, "story" text not null, "photo_url" text null, "status" text check ("status" in ('pending', 'active', 'suspended')) not null default 'pending', "status_reason" text null, "pirt_number" text null, "pirt_expires_on" timestamptz null, "bpom_number" text null, "halal_kind" text check ("halal_kind" in ('certificate', 'self_declare')) null, "halal_number" text null, "halal_expires_on" timestamptz null, "licence_documents" jsonb null, "is_demo" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_producer_status" ON "producer" ("status") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "product_compliance" ("id" text not null, "product_type" text check ("product_type" in ('fresh_produce', 'processed_food', 'ready_to_eat', 'non_food')) not null, "net_quantity" text null, "ingredients" text null, "shelf_life_days" integer null, "storage" text null, "licence" text check ("licence" in ('pirt', 'bpom', 'none')) not null default 'none', "halal" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_compliance_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_compliance_deleted_at" ON "product_compliance" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer" cascade;`)

    this.addSql(`drop table if exists "product_compliance" cascade;`)
  }
}
