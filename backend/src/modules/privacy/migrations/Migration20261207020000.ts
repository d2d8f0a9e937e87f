import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261207020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "data_request" ("id" text not null, "kind" text check ("kind" in ('export', 'erasure')) not null, "subject_type" text check ("subject_type" in ('buyer', 'producer')) not null, "subject_label" text not null, "subject_hash" text null, "reason" text null, "requested_by" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "data_request_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_data_request_subject_hash" ON "data_request" ("subject_hash") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_data_request_created_at" ON "data_request" ("created_at") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_data_request_deleted_at" ON "data_request" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "data_request" cascade;`)
  }
}
