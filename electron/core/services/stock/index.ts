import type { AreaHandlers } from '../../router';
import { exportLedger, exportStocktakeSheet } from './exports';
import { overview, receive, setThreshold, spoil } from './ledger';
import { decide, requestDestruction, stocktake } from './reviews';
import * as store from './store';

export { drawStockForCertificate, releaseStockOfCertificate } from './ledger';

export const stockHandlers: AreaHandlers<'stock'> = {
  'stock.overview': (_input, ctx) => overview(ctx),
  'stock.movements': (input, ctx) => store.listMovements(ctx, input),
  'stock.receive': (input, ctx) => receive(ctx, input),
  'stock.spoil': (input, ctx) => spoil(ctx, input),
  'stock.stocktake': (input, ctx) => stocktake(ctx, input),
  'stock.requestDestruction': (input, ctx) => requestDestruction(ctx, input),
  'stock.reviews': (input, ctx) => store.listReviews(ctx, input.status),
  'stock.decide': (input, ctx) => decide(ctx, input),
  'stock.setThreshold': (input, ctx) => setThreshold(ctx, input),
  'stock.exportLedger': (input, ctx) => exportLedger(ctx, input.item),
  'stock.exportStocktakeSheet': (_input, ctx) => exportStocktakeSheet(ctx),
};
