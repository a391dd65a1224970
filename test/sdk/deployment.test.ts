import { describe, expect, test } from 'vitest'
import { InvalidDeploymentError, parseDeployment } from "@grandrue/sdk";

const address = (last: string) => `0x${'0'.repeat(39)}${last}`
const protocol = {
  ShopRegistry: { address: address('1'), blockNumber: 1 },
  DeliveryAttestations: { address: address('2'), blockNumber: 2 },
  Escrow: { address: address('3'), blockNumber: 3 },
  Reviews: { address: address('4'), blockNumber: 4 },
  MediatorArbitrator: { address: address('5'), blockNumber: 5 },
}

describe('parseDeployment', () => {
  test('reads a protocol deployment without services or local currency', () => {
    const deployment = parseDeployment({ chainId: 10, contracts: protocol })
    expect(deployment.services).toBeUndefined()
    expect(deployment.contracts.LocalCurrency).toBeUndefined()
    expect(deployment.contracts.Escrow).toEqual({ address: '0x0000000000000000000000000000000000000003', blockNumber: 3 })
  })

  test('reads the services recorded beside the protocol, in checksum form', () => {
    const loyalty = '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266'
    const deployment = parseDeployment({ chainId: 10, contracts: protocol, services: { LoyaltyStamps: { address: loyalty, blockNumber: 9 } } })
    expect(deployment.services).toEqual({ LoyaltyStamps: { address: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', blockNumber: 9 } })
  })

  test.each([
    ['a missing protocol contract', { chainId: 1, contracts: { ...protocol, Escrow: undefined } }, 'Escrow is missing'],
    ['an address that is not one', { chainId: 1, contracts: { ...protocol, Reviews: { address: '0x12', blockNumber: 1 } } }, 'Reviews.address'],
    ['an unknown service', { chainId: 1, contracts: protocol, services: { Lottery: { address: address('9'), blockNumber: 1 } } }, 'services.Lottery is not a known service'],
    ['a service without its block', { chainId: 1, contracts: protocol, services: { GuaranteeBonds: { address: address('9') } } }, 'services.GuaranteeBonds.blockNumber'],
    ['services that are not an object', { chainId: 1, contracts: protocol, services: 'all' }, 'services is not an object'],
  ])('rejects %s', (_case, record, message) => {
    expect(() => parseDeployment(record)).toThrow(InvalidDeploymentError)
    expect(() => parseDeployment(record)).toThrow(message)
  })
})
