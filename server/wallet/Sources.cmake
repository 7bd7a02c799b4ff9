# Sources of server/wallet, added to steward_server.
target_sources(steward_server PRIVATE
)
