import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128015211 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "product_curation" ("id" text not null, "state" text check ("state" in ('draft', 'submitted', 'approved', 'changes_requested', 'rejected', 'revoked')) not null default 'draft', "licence_warning" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "product_curation_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_curation_deleted_at" ON "product_curation" ("deleted_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_product_curation_state" ON "product_curation" ("state") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "curation_event" ("id" text not null, "action" text not null, "from_state" text check ("from_state" in ('draft', 'submitted', 'approved', 'changes_requested', 'rejected', 'revoked')) not null, "to_state" text check ("to_state" in ('draft', 'submitted', 'approved', 'changes_requested', 'rejected', 'revoked')) not null, "actor_type" text check ("actor_type" in ('user', 'producer', 'system')) not null, "actor_id" text null, "reason" text null, "curation_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "curation_event_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_curation_event_curation_id" ON "curation_event" ("curation_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_curation_event_deleted_at" ON "curation_event" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `alter table if exists "curation_event" add constraint "curation_event_curation_id_foreign" foreign key ("curation_id") references "product_curation" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "curation_event" drop constraint if exists "curation_event_curation_id_foreign";`)

    this.addSql(`drop table if exists "product_curation" cascade;`)

    this.addSql(`drop table if exists "curation_event" cascade;`)
  }
}
