import { coordinatorHeaders } from "../admin-auth"
import { backendTestRunner } from "../medusa-runner"
import { createHomeAndAwayDesa } from "../producer-fixtures"
import { PRODUCER_MODULE } from "../../src/modules/producer"
import { licenceToday } from "../../src/modules/producer/licence-expiry"
import type ProducerModuleService from "../../src/modules/producer/service"
import { shiftDay } from "../../src/lib/time/pacitan-day"

const validProducer = (desa_id: string) => ({
  handle: "keripik-bu-tini",
  business_name: "Keripik Pisang Bu Tini",
  owner_name: "Sutini",
  desa_id,
  whatsapp: "0812-3456-7890",
  story: "Keripik pisang kepok dari kebun sendiri, digoreng setiap pagi.",
  status: "active",
  pirt: { number: "2063501010123-29", expires_on: "2029-05-31" },
  halal: { kind: "self_declare", number: "ID35110000123450124", expires_on: null },
})

backendTestRunner(({ api, getContainer }) => {
  describe("coordinators manage producers", () => {
    let auth: { headers: Record<string, string> }
    let local: { headers: Record<string, string> }
    let desaId: string
    let awayDesaId: string
    let home: string
    let away: string

    beforeAll(async () => {
      const container = getContainer()
      const places = await createHomeAndAwayDesa(container)
      desaId = places.home.desaId
      home = places.home.kecamatanId
      awayDesaId = places.away.desaId
      away = places.away.kecamatanId
      auth = await coordinatorHeaders(container, api)
      local = await coordinatorHeaders(container, api, "tegalombo@test.local", { role: "kecamatan", kecamatan_ids: [home] })
    })

    const countProducers = async () => (await api.get("/admin/producers", auth)).data.count as number
    const countStockLocations = async () => (await api.get("/admin/stock-locations", auth)).data.count as number
    const postError = (url: string, body: unknown) => api.post(url, body, auth).catch((error: { response: unknown }) => error.response)

    it("creates a producer with its own stock location, linked to its desa, WhatsApp stored as E.164", async () => {
      const response = await api.post("/admin/producers", validProducer(desaId), auth)
      expect(response.status).toBe(201)
      expect(response.data.producer).toMatchObject({
        handle: "keripik-bu-tini",
        whatsapp: "+6281234567890",
        status: "active",
        pirt_number: "2063501010123-29",
        halal_kind: "self_declare",
        desa: { id: desaId, handle: "gemaharjo" },
        stock_location: { id: expect.any(String), name: "Gudang Keripik Pisang Bu Tini" },
      })
    })

    it.each([
      ["whatsapp", { whatsapp: "12345" }],
      ["pirt.number", { pirt: { number: "12345", expires_on: "2029-01-01" } }],
      ["bpom.number", { bpom: { number: "MD 12" } }],
      ["pirt.expires_on", { pirt: { number: "2063501010123-20", expires_on: "2020-01-01" } }],
      ["halal.expires_on", { halal: { kind: "certificate", number: "ID35110000123450124", expires_on: "2021-03-01" } }],
    ])("refuses a producer with a bad %s with 400 naming it, and stores nothing", async (field, change) => {
      const [producersBefore, locationsBefore] = [await countProducers(), await countStockLocations()]
      const response = await postError("/admin/producers", { ...validProducer(desaId), ...change })
      expect(response.status).toBe(400)
      expect(response.data.message).toContain(field)
      expect(await countProducers()).toBe(producersBefore)
      expect(await countStockLocations()).toBe(locationsBefore)
    })

    it("refuses an update that puts an expired licence on a producer, and keeps the old one", async () => {
      const { data } = await api.post("/admin/producers", validProducer(desaId), auth)
      const response = await postError(`/admin/producers/${data.producer.id}`, { pirt: { number: "2063501010123-21", expires_on: "2021-12-31" } })
      expect(response.status).toBe(400)
      expect(response.data.message).toContain("pirt.expires_on")
      const after = await api.get(`/admin/producers/${data.producer.id}`, auth)
      expect(after.data.producer.pirt_number).toBe("2063501010123-29")
    })

    it("refuses fields it does not know, such as an id", async () => {
      const response = await postError("/admin/producers", { ...validProducer(desaId), id: "prdc_forced" })
      expect(response.status).toBe(400)
      expect(await countProducers()).toBe(0)
    })

    it("updates a producer's status and WhatsApp number", async () => {
      const { data } = await api.post("/admin/producers", validProducer(desaId), auth)
      const response = await api.post(`/admin/producers/${data.producer.id}`, { status: "suspended", whatsapp: "+62 813 1111 2222" }, auth)
      expect(response.data.producer).toMatchObject({ status: "suspended", whatsapp: "+6281311112222" })
    })

    it("pages, searches and filters the producer list in the database, by business name, refusing a bad page", async () => {
      const names = ["Madu Hutan Pak Slamet", "Gula Aren Bu Wartini", "Batik Tulis 100%_Asli", "Anyaman Bambu Pak Darmo", "Kopi Bu Sri"]
      for (const [index, business_name] of names.entries()) {
        await api.post(
          "/admin/producers",
          { ...validProducer(desaId), handle: `produsen-${index}`, business_name, owner_name: `Pemilik ${index}`, status: index % 2 ? "pending" : "active" },
          auth
        )
      }
      const list = async (query: string) => (await api.get(`/admin/producers?${query}`, auth)).data
      const alphabetical = [...names].sort((a, b) => a.localeCompare(b))

      const first = await list("limit=2")
      expect(first).toMatchObject({ count: 5, limit: 2, offset: 0 })
      const second = await list("limit=2&offset=2")
      const last = await list("limit=2&offset=4")
      const paged = [first, second, last].flatMap((page: { producers: Array<{ business_name: string }> }) => page.producers.map((row) => row.business_name))
      expect(paged).toEqual(alphabetical)
      expect(last.producers[0].desa).toMatchObject({ id: desaId })

      expect((await list("q=wartini")).producers.map((row: { business_name: string }) => row.business_name)).toEqual(["Gula Aren Bu Wartini"])
      expect((await list("q=Pemilik%203")).producers.map((row: { handle: string }) => row.handle)).toEqual(["produsen-3"])
      expect((await list("q=produsen-4")).count).toBe(1)
      // What a coordinator types is looked for as typed: "%" and "_" are not wildcards.
      expect((await list(`q=${encodeURIComponent("100%_")}`)).producers.map((row: { handle: string }) => row.handle)).toEqual(["produsen-2"])
      expect((await list(`q=${encodeURIComponent("u%i")}`)).count).toBe(0)
      const pending = await list("status=pending")
      expect(pending.count).toBe(2)
      expect(pending.producers.every((row: { status: string }) => row.status === "pending")).toBe(true)

      for (const bad of ["limit=0", "limit=201", "offset=-1", "status=hilang", "sort=id"]) {
        const response = await api.get(`/admin/producers?${bad}`, auth).catch((error: { response: { status: number } }) => error.response)
        expect({ bad, status: response.status }).toEqual({ bad, status: 400 })
      }
    })

    it.each([
      ["licence", "licence=soon", "licence: hanya 'expiring'"],
      ["licence", "licence=", "licence: hanya 'expiring'"],
      ["licence", "licence=expiring&licence=expiring", "licence"],
      ["kecamatan_id", "kecamatan_id=", "kecamatan_id"],
      ["kecamatan_id", `kecamatan_id=${"k".repeat(65)}`, "kecamatan_id"],
    ])("refuses a bad %s filter (%s) with 400 naming it", async (_field, query, message) => {
      const response = await api
        .get(`/admin/producers?${query}`, auth)
        .catch((error: { response: { status: number; data: { message: string } } }) => error.response)
      expect(response.status).toBe(400)
      expect(response.data.message).toContain(message)
    })

    describe("kecamatan and licence filters", () => {
      // Days relative to today, the day the daily licence check judges licences on.
      const today = licenceToday()
      const inDays = (days: number) => shiftDay(today, days)
      type Licences = { pirt?: string; halal?: string; bpom?: boolean }

      /**
       * A producer with licences ending on the given days. The API refuses to register a licence
       * already expired, so one that ran out while on file is dated back in the producer module.
       */
      async function producerWith(handle: string, desa_id: string, licences: Licences) {
        const registrable = (day?: string) => (day && day < today ? inDays(365) : day)
        const { data } = await api.post(
          "/admin/producers",
          {
            ...validProducer(desa_id),
            handle,
            business_name: `Usaha ${handle}`,
            pirt: licences.pirt ? { number: "2063501010123-29", expires_on: registrable(licences.pirt) } : null,
            bpom: licences.bpom ? { number: "MD 123456789012" } : null,
            halal: licences.halal ? { kind: "certificate", number: "ID35110000123450124", expires_on: registrable(licences.halal) } : null,
          },
          auth
        )
        const expired = {
          ...(licences.pirt && licences.pirt < today ? { pirt_expires_on: new Date(licences.pirt) } : {}),
          ...(licences.halal && licences.halal < today ? { halal_expires_on: new Date(licences.halal) } : {}),
        }
        if (Object.keys(expired).length) {
          await getContainer()
            .resolve<ProducerModuleService>(PRODUCER_MODULE)
            .updateProducers({ id: data.producer.id, ...expired })
        }
        return handle
      }

      const handles = async (query: string, as = auth) => {
        const { data } = await api.get(`/admin/producers?${query}`, as)
        expect(data.count).toBe(data.producers.length)
        return data.producers.map((row: { handle: string }) => row.handle) as string[]
      }

      let expiring: string[]
      let lasting: string[]
      let awayExpiring: string
      let awayLasting: string

      beforeEach(async () => {
        expiring = [
          await producerWith("a-pirt-kedaluwarsa", desaId, { pirt: inDays(-5) }),
          await producerWith("b-pirt-hari-ke-30", desaId, { pirt: inDays(30) }),
          await producerWith("c-halal-kedaluwarsa", desaId, { pirt: inDays(400), halal: inDays(-1) }),
          await producerWith("d-halal-minggu-depan", desaId, { halal: inDays(7), bpom: true }),
          await producerWith("e-pirt-hari-ini", desaId, { pirt: today }),
        ]
        lasting = [
          await producerWith("f-pirt-hari-ke-31", desaId, { pirt: inDays(31) }),
          await producerWith("g-bpom-saja", desaId, { bpom: true }),
          await producerWith("h-tanpa-izin", desaId, {}),
        ]
        awayExpiring = await producerWith("i-arjosari-pirt-besok", awayDesaId, { pirt: inDays(1) })
        awayLasting = await producerWith("j-arjosari-halal-tahun-depan", awayDesaId, { halal: inDays(365) })
      })

      it("lists exactly the producers whose P-IRT or halal licence has expired or runs out within 30 days, and those of one kecamatan", async () => {
        expect(await handles("licence=expiring")).toEqual([...expiring, awayExpiring])
        expect(await handles(`kecamatan_id=${away}`)).toEqual([awayExpiring, awayLasting])
        expect(await handles(`kecamatan_id=${home}`)).toEqual([...expiring, ...lasting])
        expect(await handles(`kecamatan_id=${home}&licence=expiring`)).toEqual(expiring)
        // The filters narrow the search and the status filter, not replace them.
        expect(await handles("licence=expiring&q=halal")).toEqual(["c-halal-kedaluwarsa", "d-halal-minggu-depan"])
        expect(await handles(`licence=expiring&kecamatan_id=${away}&status=pending`)).toEqual([])
        // A kecamatan nobody has heard of has no producers, rather than being no filter.
        expect(await handles("kecamatan_id=kec_tidak_ada")).toEqual([])
      })

      it("pages the producers with an expiring licence in the database", async () => {
        const first = (await api.get("/admin/producers?licence=expiring&limit=2", auth)).data
        const rest = (await api.get("/admin/producers?licence=expiring&limit=10&offset=2", auth)).data
        expect(first.count).toBe(6)
        expect([...first.producers, ...rest.producers].map((row: { handle: string }) => row.handle)).toEqual([...expiring, awayExpiring])
      })

      it("shows a kecamatan coordinator nothing of another kecamatan through the filters", async () => {
        expect(await handles(`kecamatan_id=${away}`, local)).toEqual([])
        expect(await handles(`kecamatan_id=${away}&licence=expiring`, local)).toEqual([])
        expect(await handles("licence=expiring", local)).toEqual(expiring)
        expect(await handles(`kecamatan_id=${home}`, local)).toEqual([...expiring, ...lasting])
      })
    })
  })
})
