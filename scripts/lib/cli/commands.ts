import type { CliCommand } from "./command.ts";
import { carrierAttest } from "./commands/carrierAttest.ts";
import { carrierRegister } from "./commands/carrierRegister.ts";
import { carrierRelay } from "./commands/carrierRelay.ts";
import { carrierSign } from "./commands/carrierSign.ts";
import { catalogExport } from "./commands/catalogExport.ts";
import { catalogPublish } from "./commands/catalogPublish.ts";
import { docsCheck } from "./commands/docsCheck.ts";
import { label } from "./commands/label.ts";
import { ordersAccept } from "./commands/ordersAccept.ts";
import { ordersComplete } from "./commands/ordersComplete.ts";
import { ordersDecline } from "./commands/ordersDecline.ts";
import { ordersList } from "./commands/ordersList.ts";
import { ordersRelease } from "./commands/ordersRelease.ts";
import { ordersShow } from "./commands/ordersShow.ts";
import { ordersWatch } from "./commands/ordersWatch.ts";
import { shopRegister } from "./commands/shopRegister.ts";
import { shopShow } from "./commands/shopShow.ts";
import { withdraw } from "./commands/withdraw.ts";

/** Every command, in the order the help lists them. */
export const CLI_COMMANDS: readonly CliCommand[] = [
  shopRegister,
  shopShow,
  catalogPublish,
  catalogExport,
  ordersList,
  ordersShow,
  ordersWatch,
  ordersAccept,
  ordersDecline,
  ordersRelease,
  ordersComplete,
  label,
  carrierRegister,
  carrierAttest,
  carrierSign,
  carrierRelay,
  withdraw,
  docsCheck,
];
