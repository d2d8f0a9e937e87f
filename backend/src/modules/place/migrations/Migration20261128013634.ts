import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128013634 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "desa" drop constraint if exists "desa_handle_unique";`)
    this.addSql(`alter table if exists "desa" drop constraint if exists "desa_code_unique";`)
    this.addSql(`alter table if exists "kecamatan" drop constraint if exists "kecamatan_handle_unique";`)
    this.addSql(`alter table if exists "kecamatan" drop constraint if exists "kecamatan_code_unique";`)
    this.addSql(`alter table if exists "kabupaten" drop constraint if exists "kabupaten_handle_unique";`)
    this.addSql(`alter table if exists "kabupaten" drop constraint if exists "kabupaten_code_unique";`)
    this.addSql(
      `create table if not exists "kabupaten" ("id" text not null, "code" text not null, "name" text not null, "handle" text not null, "province" text not null, "story" text not null, "image_url" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kabupaten_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kabupaten_code_unique" ON "kabupaten" ("code") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kabupaten_handle_unique" ON "kabupaten" ("handle") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kabupaten_deleted_at" ON "kabupaten" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "kecamatan" ("id" text not null, "code" text not null, "name" text not null, "handle" text not null, "latitude" real null, "longitude" real null, "story" text not null, "image_url" text null, "kabupaten_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "kecamatan_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kecamatan_code_unique" ON "kecamatan" ("code") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_kecamatan_handle_unique" ON "kecamatan" ("handle") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kecamatan_kabupaten_id" ON "kecamatan" ("kabupaten_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_kecamatan_deleted_at" ON "kecamatan" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `create table if not exists "desa" ("id" text not null, "code" text not null, "name" text not null, "handle" text not null, "type" text check ("type" in ('desa', 'kelurahan')) not null, "postal_code" text null, "latitude" real null, "longitude" real null, "story" text not null, "image_url" text null, "kecamatan_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "desa_pkey" primary key ("id"));`
    )
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_desa_code_unique" ON "desa" ("code") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_desa_handle_unique" ON "desa" ("handle") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_desa_kecamatan_id" ON "desa" ("kecamatan_id") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_desa_deleted_at" ON "desa" ("deleted_at") WHERE deleted_at IS NULL;`)

    this.addSql(
      `alter table if exists "kecamatan" add constraint "kecamatan_kabupaten_id_foreign" foreign key ("kabupaten_id") references "kabupaten" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "desa" add constraint "desa_kecamatan_id_foreign" foreign key ("kecamatan_id") references "kecamatan" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "kecamatan" drop constraint if exists "kecamatan_kabupaten_id_foreign";`)

    this.addSql(`alter table if exists "desa" drop constraint if exists "desa_kecamatan_id_foreign";`)

    this.addSql(`drop table if exists "kabupaten" cascade;`)

    this.addSql(`drop table if exists "kecamatan" cascade;`)

    this.addSql(`drop table if exists "desa" cascade;`)
  }
}
