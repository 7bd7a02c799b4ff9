# The host's programs allocate with mimalloc (Debian's libmimalloc-dev) instead of glibc's
# malloc: every message is a handful of short-lived QJsonObject and QByteArray allocations,
# and the peer benchmark spent about a sixth of the game thread in malloc and free. Linked
# first and kept even though no symbol of it is named, it takes malloc over for the whole
# process (docs/benchmarks.md, "mimalloc").
find_library(STEWARD_MIMALLOC mimalloc REQUIRED)

# Not under AddressSanitizer, whose own allocator is how it finds what it finds.
function(steward_use_fast_allocator target)
    if(CMAKE_CXX_FLAGS MATCHES "-fsanitize=")
        return()
    endif()
    target_link_libraries(${target} PRIVATE "-Wl,--push-state,--no-as-needed" ${STEWARD_MIMALLOC} "-Wl,--pop-state")
endfunction()
