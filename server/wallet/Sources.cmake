# Sources of server/wallet, added to steward_money.
target_sources(steward_money PRIVATE
    wallet/NonceCache.cpp wallet/NonceCache.h
    wallet/RequestSigning.cpp wallet/RequestSigning.h
    wallet/WalletCall.cpp wallet/WalletCall.h
    wallet/WalletErrors.h
    wallet/WalletLog.cpp wallet/WalletLog.h
    wallet/WalletOutbox.cpp wallet/WalletOutbox.h
    wallet/WebhookClient.cpp wallet/WebhookClient.h
)
