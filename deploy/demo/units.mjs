// The demo units: every dealer's deliveries (network-data.mjs deliveriesOf: 36 units a dealer, 12 a
// sub-dealer, received March to September 2026), recorded in one CSV file through contracts' delivery
// import (POST /unit-deliveries/imports, as the manufacturer's office would send it); and a few warranty cards entered by hand, for units sold before the
// demo feeds start (2026-07: the feeds carry the later cards), one of them carded twice under two
// card numbers (a registration conflict to review). Idempotent: a delivery or card recorded
// already answers 200 and changes nothing; the conflict is flagged once.
import { DEALERS } from './dealers.mjs';
import { soldUnits } from './feed-rows.mjs';
import { deliveriesOf } from './network-data.mjs';
import { call, expectOk, postFile } from './http.mjs';

/** Cards entered by hand: each main dealer's first three units sold before July. */
export function handCardsOf(dealerCode) {
  return soldUnits(dealerCode).filter((unit) => unit.period < '2026-07').slice(0, 3).map((unit, i) => ({
    cardNo: `HC-${dealerCode}-${String(i + 1).padStart(3, '0')}`, serialNo: unit.serialNo, model: unit.model, saleDate: unit.saleDate,
    customerName: ['陳大文', '林小美', '黃志強'][i % 3],
  }));
}

export default async function seedUnits(urls, log = console.log) {
  const contracts = urls.contracts;
  const rows = DEALERS.flatMap((dealer) => deliveriesOf(dealer.code).map((u) => [dealer.code, u.serialNo, u.model, u.receivedOn].join(',')));
  const csv = `dealerCode,serialNo,model,receivedOn\n${rows.join('\n')}\n`;
  const imported = await postFile(contracts, '/unit-deliveries/imports', { name: 'deliveries-2026.csv', bytes: Buffer.from(csv, 'utf8'), type: 'text/csv' });
  expectOk(imported, 'the deliveries import');
  const units = imported.body.units.length;
  let cards = 0;
  for (const dealer of DEALERS.filter((d) => !d.parentDealerCode)) {
    for (const card of handCardsOf(dealer.code)) {
      expectOk(await call(contracts, 'POST', `/dealers/${dealer.code}/warranty-cards`, card), `card ${card.cardNo}`);
      cards += 1;
    }
  }
  const [first] = handCardsOf('D0001');
  if (first) expectOk(await call(contracts, 'POST', '/dealers/D0001/warranty-cards', { ...first, cardNo: 'HC-D0001-DUP' }), 'a second card for one unit');
  log(`units: ${units} delivered, ${cards} cards entered by hand, 1 registration conflict`);
}
