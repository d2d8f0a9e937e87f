import { adminOperations } from "./admin-operations"
import { producerOperations } from "./producer-operations"
import { publicOperations } from "./public-operations"
import { storeOperations } from "./store-operations"

/** Every operation of the custom routes under src/api, as the OpenAPI document lists them. */
export const OPERATIONS = [...publicOperations, ...storeOperations, ...producerOperations, ...adminOperations]
