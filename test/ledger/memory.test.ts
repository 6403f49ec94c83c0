import { openLedger } from '../../src/ledger/index';
import { ledgerContract } from './contract';

ledgerContract('memory:', () => openLedger('memory:'));
