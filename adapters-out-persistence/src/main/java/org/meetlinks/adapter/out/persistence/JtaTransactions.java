package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.meetlinks.application.port.out.RunTransactionPort;

/** Runs use-case work in a new JTA transaction (suspending any caller transaction, e.g. an MDB's). */
@Dependent
class JtaTransactions implements RunTransactionPort {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
