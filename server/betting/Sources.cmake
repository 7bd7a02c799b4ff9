# Sources of server/betting (the rounds game's money and records), added to steward_server.
target_sources(steward_server PRIVATE
    betting/RoundsArchive.cpp betting/RoundsArchive.h
)
