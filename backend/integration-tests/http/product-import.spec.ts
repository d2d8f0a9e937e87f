import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { producerHeaders, type Headers } from "../producer-fixtures"
import { seededStore } from "../seeded-store"

type Response = { status: number; data: any }
type PanelProduct = {
  id: string
  title: string
  handle: string
  description: string
  categories: Array<{ name: string }>
  variants: Array<{ id: string; title: string; weight: number | null; prices: Array<{ amount: number; currency_code: string }> }>
  product_curation: { state: string }
  product_compliance: { product_type: string; ingredients: string | null; shelf_life_days: number | null; licence: string; halal: boolean }
}

const HEADER = "nama;deskripsi;kategori;jenis;varian;harga;stok;berat_gram;isi_bersih;bahan;masa_simpan_hari;penyimpanan;izin;halal"

/** What a coordinator saves from Excel set to Indonesian: a BOM, `;` between cells, quotes around a cell holding `;`, CRLF line ends. */
const sheet = (...rows: string[]) => `\ufeff${[HEADER, ...rows].join("\r\n")}\r\n`

const GOOD_FILE = sheet(
  'Keripik Talas Ungu Impor;"Keripik talas ungu; diiris tipis dan digoreng dengan minyak kelapa";Olahan Pangan;Olahan pangan;250 g;Rp 15.000;20;260;250 g;Talas ungu, minyak kelapa, garam;90;Simpan di tempat kering;P-IRT;ya',
  "Keripik Talas Ungu Impor;;;;500 g;Rp 28.000;12;520;;;;;;",
  "Beras Merah Organik Impor;Beras merah organik dari sawah tadah hujan di lereng bukit.;Hasil Panen;Hasil bumi segar;;22.500;;1000;1 kg;;;;;"
)

backendTestRunner(
  ({ api, getContainer }) => {
    describe("a coordinator importing a producer's products from a CSV", () => {
      let store: Headers
      let head: Headers
      let producer: Headers
      let producerId: string
      let insider: Headers
      let outsider: Headers
      const call = (promise: Promise<Response>) => promise.catch((error: { response: Response }) => error.response)
      const backendUrl = () => (api as unknown as { defaults: { baseURL: string } }).defaults.baseURL

      /** The drawer's upload: multipart, the file in `file`. */
      async function upload(content: string | Buffer, as: Headers, { dryRun = false, to = producerId } = {}): Promise<Response> {
        const body = new FormData()
        body.append("file", new Blob([typeof content === "string" ? content : new Uint8Array(content)], { type: "text/csv" }), "produk.csv")
        const response = await fetch(`${backendUrl()}/admin/producers/${to}/products/import${dryRun ? "?dry_run=true" : ""}`, {
          method: "POST",
          headers: as.headers,
          body,
        })
        return { status: response.status, data: await response.json() }
      }

      /** The producer's own product list in the panel. */
      async function panelProducts(): Promise<PanelProduct[]> {
        const { data } = await api.get("/producer/products?limit=100", producer)
        return data.products
      }
      const titles = async () => (await panelProducts()).map((product) => product.title).sort()

      beforeAll(async () => {
        const container = getContainer()
        const seeded = await seededStore(container, api)
        store = seeded.store
        head = seeded.admin
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: producers } = await query.graph({ entity: "producer", fields: ["id", "status", "desa.kecamatan_id"] })
        const chosen = producers.find((row) => row.status === "active" && row.desa)!
        producerId = chosen.id
        const home = chosen.desa!.kecamatan_id
        const { data: kecamatan } = await query.graph({ entity: "kecamatan", fields: ["id"] })
        const away = kecamatan.find((row) => row.id !== home)!.id
        producer = await producerHeaders(container, api, "produsen-impor@uji.test", producerId)
        insider = await coordinatorHeaders(container, api, "koordinator-rumah@uji.test", { role: "kecamatan", kecamatan_ids: [home] })
        outsider = await coordinatorHeaders(container, api, "koordinator-seberang@uji.test", { role: "kecamatan", kecamatan_ids: [away] })
      }, 10 * 60_000)

      it("checks a good file without storing it, then creates its products as drafts of the producer, with variants, stock and food facts", async () => {
        const before = await titles()
        const checked = await upload(GOOD_FILE, insider, { dryRun: true })
        expect(checked.status, JSON.stringify(checked.data)).toBe(200)
        expect(checked.data).toEqual({
          rows: [
            { line: 2, title: "Keripik Talas Ungu Impor", ok: true, errors: [] },
            { line: 3, title: "Keripik Talas Ungu Impor", ok: true, errors: [] },
            { line: 4, title: "Beras Merah Organik Impor", ok: true, errors: [] },
          ],
          created: [],
        })
        expect(await titles()).toEqual(before)

        const imported = await upload(GOOD_FILE, insider)
        expect(imported.status, JSON.stringify(imported.data)).toBe(201)
        expect(imported.data.created).toEqual([
          expect.objectContaining({ lines: [2, 3], title: "Keripik Talas Ungu Impor", curation_state: "draft" }),
          expect.objectContaining({ lines: [4], title: "Beras Merah Organik Impor", curation_state: "draft" }),
        ])

        const mine = await panelProducts()
        const keripik = mine.find((product) => product.title === "Keripik Talas Ungu Impor")!
        const beras = mine.find((product) => product.title === "Beras Merah Organik Impor")!
        expect(keripik.description).toBe("Keripik talas ungu; diiris tipis dan digoreng dengan minyak kelapa")
        expect(keripik.product_curation.state).toBe("draft")
        expect(keripik.categories.map((category) => category.name)).toEqual(["Olahan Pangan"])
        expect(
          keripik.variants.map((variant) => [variant.title, variant.weight, variant.prices.find((price) => price.currency_code === "idr")?.amount]).sort()
        ).toEqual([
          ["250 g", 260, 15000],
          ["500 g", 520, 28000],
        ])
        expect(keripik.product_compliance).toMatchObject({
          product_type: "processed_food",
          ingredients: "Talas ungu, minyak kelapa, garam",
          shelf_life_days: 90,
          licence: "pirt",
          halal: true,
        })
        expect(beras.variants.map((variant) => [variant.title, variant.prices[0].amount])).toEqual([["Standar", 22500]])
        expect(beras.product_compliance).toMatchObject({ product_type: "fresh_produce", licence: "none", halal: false })

        // Counted stock at the producer's own location, for the rows that gave it.
        const { data: stock } = await api.get(`/producer/products/${keripik.id}/stock`, producer)
        expect(stock.stock.map((row: { variant_title: string; stocked_quantity: number }) => [row.variant_title, row.stocked_quantity]).sort()).toEqual([
          ["250 g", 20],
          ["500 g", 12],
        ])

        // Drafts are not the buyers' to see until a coordinator approves them.
        for (const product of [keripik, beras]) {
          expect((await call(api.get(`/store/products?handle=${product.handle}`, store))).data.products).toEqual([])
          expect((await call(api.get(`/store/products/${product.id}`, store))).status).toBe(404)
        }
      })

      it("stores nothing from a file with one bad row, and names each mistake's row and column in Indonesian", async () => {
        const before = await titles()
        const file = sheet(
          "Gula Semut Impor;Gula semut dari nira kelapa, dikristalkan di tungku kayu.;Olahan Pangan;Olahan pangan;250 g;Rp 18.000;10;;;Nira kelapa;180;;;",
          "Kopi Bubuk Impor;Kopi robusta bubuk sangrai sedang dari kebun sendiri.;Minuman;Olahan pangan;200 g;lima belas ribu;sepuluh;;;;;;;",
          ";Deskripsi tanpa nama produk, sebaris penuh kata-kata.;Olahan Pangan;Olahan pangan;;15000;;;;;;;;",
          "Tas Anyaman Pandan Impor;Tas anyaman daun pandan buatan ibu-ibu desa.;Elektronik;Bukan pangan;;Rp 75.000;;;;;;;;",
          `${"Keripik Singkong Pedas ".repeat(10)};Keripik singkong pedas manis, renyah dan gurih.;Olahan Pangan;Olahan pangan;;12.000;;;;;;;;`
        )
        const expected = [
          { line: 2, title: "Gula Semut Impor", ok: true, errors: [] },
          {
            line: 3,
            title: "Kopi Bubuk Impor",
            ok: false,
            errors: [
              { column: "stok", message: "Baris 3, kolom stok: harus bilangan bulat, mis. 20" },
              { column: "harga", message: "Baris 3, kolom harga: harus angka rupiah bulat, mis. 15000, 15.000 atau Rp 15.000" },
            ],
          },
          { line: 4, title: "", ok: false, errors: [{ column: "nama", message: "Baris 4, kolom nama: wajib diisi" }] },
          {
            line: 5,
            title: "Tas Anyaman Pandan Impor",
            ok: false,
            errors: [
              { column: "kategori", message: expect.stringMatching(/^Baris 5, kolom kategori: kategori 'Elektronik' tidak ada; pilih dari: .*Olahan Pangan/) },
            ],
          },
          {
            line: 6,
            title: expect.stringMatching(/^Keripik Singkong Pedas/),
            ok: false,
            errors: [{ column: "nama", message: "Baris 6, kolom nama: paling banyak 200 huruf" }],
          },
        ]

        const checked = await upload(file, head, { dryRun: true })
        expect(checked.status).toBe(200)
        expect(checked.data).toEqual({ rows: expected, created: [] })

        const refused = await upload(file, head)
        expect(refused.status).toBe(400)
        expect(refused.data).toEqual({
          type: "invalid_data",
          message: expect.stringMatching(/^Tidak ada produk yang disimpan: perbaiki 5 kesalahan di berkas\. Baris 3, kolom stok: .*; Baris 3, kolom harga: /),
          rows: expected,
          created: [],
        })
        expect(await titles()).toEqual(before)
      })

      it("lets a kecamatan coordinator import only for producers of their own kecamatan", async () => {
        const before = await titles()
        const refused = await upload(sheet("Dodol Nangka Impor;Dodol nangka legit dari nangka matang pohon.;;Olahan pangan;;10.000;;;;;;;;"), outsider)
        expect(refused.status).toBe(403)
        expect(refused.data.message).toBe("Produsen ini di luar kecamatan wilayah Anda / this producer is outside your kecamatan")
        expect(await titles()).toEqual(before)
      })

      it("refuses, in Indonesian, a file over 1 MB (413) and one over 500 rows (400), storing nothing", async () => {
        const before = await titles()
        const filler = `Produk Besar;${"x".repeat(2000)};;Olahan pangan;;10000;;;;;;;;`
        const tooLarge = await upload(sheet(...Array.from({ length: 600 }, () => filler)), head)
        expect(tooLarge.status).toBe(413)
        expect(tooLarge.data).toEqual({
          type: "payload_too_large",
          message: "file: berkas terlalu besar, paling banyak 1 MB; bagi menjadi beberapa berkas / the file is larger than 1 MB",
        })

        const rows = Array.from({ length: 501 }, (_, index) => `Produk Banyak ${index};Produk uji yang banyak sekali jumlahnya.;;Olahan pangan;;10000;;;;;;;;`)
        const tooMany = await upload(sheet(...rows), head)
        expect(tooMany.status).toBe(400)
        expect(tooMany.data.message).toBe("file: 501 baris produk; paling banyak 500 sekali impor, bagi berkasnya / at most 500 rows per file")
        expect(await titles()).toEqual(before)
      })

      it("refuses products the producer already has (a file sent twice) and repeated variants, yet gives names that make one handle their own handles", async () => {
        expect((await upload(GOOD_FILE, head)).status).toBe(201)
        const before = await titles()
        const again = await upload(GOOD_FILE, head)
        expect(again.status).toBe(400)
        expect(await titles()).toEqual(before)
        expect(again.data.rows.map((row: { line: number; errors: unknown[] }) => [row.line, row.errors])).toEqual([
          [
            2,
            [
              {
                column: "nama",
                message: "Baris 2, kolom nama: produsen ini sudah punya produk 'Keripik Talas Ungu Impor'; ubah produk itu di panel, atau pakai nama lain",
              },
            ],
          ],
          [3, []],
          [
            4,
            [
              {
                column: "nama",
                message: "Baris 4, kolom nama: produsen ini sudah punya produk 'Beras Merah Organik Impor'; ubah produk itu di panel, atau pakai nama lain",
              },
            ],
          ],
        ])

        const repeated = await upload(
          sheet(
            "Sambal Bawang Impor;Sambal bawang pedas dengan cabai rawit dan bawang merah.;;Olahan pangan;100 g;9000;;;;;;;;",
            "sambal bawang impor;;;;100 G;9000;;;;;;;;"
          ),
          head,
          { dryRun: true }
        )
        expect(repeated.data.rows[1].errors).toEqual([{ column: "varian", message: "Baris 3, kolom varian: sama dengan baris 2; tiap varian satu baris" }])

        const sameHandle = await upload(
          sheet(
            "Sambal Bawang Impor!;Sambal bawang pedas dengan cabai rawit dan bawang merah.;;Olahan pangan;;9000;;;;;;;;",
            "Sambal Bawang Impor?;Sambal bawang manis dengan gula kelapa dan bawang merah.;;Olahan pangan;;9000;;;;;;;;"
          ),
          head
        )
        expect(sameHandle.status, JSON.stringify(sameHandle.data)).toBe(201)
        const [first, second] = sameHandle.data.created as Array<{ handle: string }>
        expect(first.handle).toMatch(/^sambal-bawang-impor-[0-9a-f]{6}$/)
        expect(second.handle).toMatch(/^sambal-bawang-impor-[0-9a-f]{6}$/)
        expect(first.handle).not.toBe(second.handle)
      })

      it("removes every product it made when a later part of the import fails", async () => {
        const before = await titles()
        const product = (title: string, handle: string) => ({
          product: {
            title,
            handle,
            description: "Produk uji yang gagal disimpan di tengah jalan.",
            status: ProductStatus.PUBLISHED,
            options: [{ title: "Varian", values: ["Standar"] }],
            variants: [{ title: "Standar", manage_inventory: true, options: { Varian: "Standar" }, prices: [{ amount: 10000, currency_code: "idr" }] }],
          },
          compliance: { product_type: "processed_food", licence: "none", halal: false },
          stock: { Standar: 5 },
        })
        // The stock goes to a location that does not exist: the products are made first, then the stock fails.
        // Run by its id through the workflow engine: importing the workflow's file here would register it a second time.
        const engine = getContainer().resolve(Modules.WORKFLOW_ENGINE)
        await expect(
          engine.run("import-producer-products", {
            throwOnError: true,
            input: {
              producer_id: producerId,
              location_id: "sloc_01JZZZZZZZZZZZZZZZZZZZZZZZ",
              products: [product("Wajik Ketan Gagal", "wajik-ketan-gagal"), product("Jenang Dodol Gagal", "jenang-dodol-gagal")],
            },
          })
        ).rejects.toThrow("Stock locations with ids: sloc_01JZZZZZZZZZZZZZZZZZZZZZZZ was not found")
        expect(await titles()).toEqual(before)
        const { data: left } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "product", fields: ["id"], filters: { handle: ["wajik-ketan-gagal", "jenang-dodol-gagal"] } })
        expect(left).toEqual([])
      })
    })
  },
  { seeded: true }
)
