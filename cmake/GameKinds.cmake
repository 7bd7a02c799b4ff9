# Game kinds as modules: each kind is a folder, server/games/<name>/, with a Sources.cmake that
# adds its sources to the kind's targets, and one line in server/games/Kinds.cmake that
# registers it:
#
#   steward_game_kind(<name> KIND <GameKind class> HEADER <its header, from the top folder: server/games/...>
#                     [MODULE <KindModule class> MODULE_HEADER <its header>]
#                     [CONTRACTS <Solidity contract>...])
#
# KIND is the game itself (rules, commands, views): target steward_kind_<name>, which links the
# core and the chain's pure encodings (for its chain intents) and nothing else. MODULE, for a
# kind that runs more than its games on a full host (services, REST routes), is started by
# HostRuntime: target steward_kind_<name>_host, which may also use the store, the money layer,
# the chain bridge and the server. Sources.cmake adds to ${KIND_TARGET} and ${KIND_HOST_TARGET}. CONTRACTS are the
# kind's contracts in resources/contracts/, compiled at build time (cmake/Contracts.cmake).
#
# steward_write_builtin_kinds() then writes GameRegistry::withBuiltinKinds() and
# builtinKindModules() from those lines, so nothing outside a kind's folder and that list names
# the kind (docs/adding-a-game.md).

function(steward_game_kind name)
    cmake_parse_arguments(ARG "" "KIND;HEADER;MODULE;MODULE_HEADER" "CONTRACTS" ${ARGN})
    if(NOT ARG_KIND OR NOT ARG_HEADER)
        message(FATAL_ERROR "steward_game_kind(${name}): KIND and HEADER are required")
    endif()
    if((ARG_MODULE AND NOT ARG_MODULE_HEADER) OR (ARG_MODULE_HEADER AND NOT ARG_MODULE))
        message(FATAL_ERROR "steward_game_kind(${name}): MODULE and MODULE_HEADER go together")
    endif()
    set(KIND_TARGET steward_kind_${name})
    qt_add_library(${KIND_TARGET} STATIC)
    target_link_libraries(${KIND_TARGET} PUBLIC steward_core PRIVATE steward_options steward_chain_primitives)
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_TARGETS ${KIND_TARGET})
    set(KIND_HOST_TARGET "")
    if(ARG_MODULE)
        set(KIND_HOST_TARGET steward_kind_${name}_host)
        qt_add_library(${KIND_HOST_TARGET} STATIC)
        target_link_libraries(${KIND_HOST_TARGET}
            PUBLIC ${KIND_TARGET} steward_core steward_store steward_money steward_chain steward_net
            PRIVATE steward_options steward_chain_primitives)
        set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_TARGETS ${KIND_HOST_TARGET})
    endif()
    include(${CMAKE_CURRENT_SOURCE_DIR}/games/${name}/Sources.cmake)
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_INCLUDES "#include \"${ARG_HEADER}\"")
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_CLASSES ${ARG_KIND})
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_NAMES ${name})
    if(ARG_MODULE)
        set_property(GLOBAL APPEND PROPERTY STEWARD_MODULE_INCLUDES "#include \"${ARG_MODULE_HEADER}\"")
        set_property(GLOBAL APPEND PROPERTY STEWARD_MODULE_CLASSES ${ARG_MODULE})
    endif()
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_CONTRACTS ${ARG_CONTRACTS})
endfunction()

# Writes the registry into a target of its own (registry_target, linking every kind's rules) and
# the module list into modules_target (which then links every kind's module).
function(steward_write_builtin_kinds registry_target modules_target)
    get_property(includes GLOBAL PROPERTY STEWARD_KIND_INCLUDES)
    get_property(classes GLOBAL PROPERTY STEWARD_KIND_CLASSES)
    get_property(names GLOBAL PROPERTY STEWARD_KIND_NAMES)
    list(JOIN includes "\n" STEWARD_KIND_INCLUDES)
    set(STEWARD_KIND_ADDS "")
    foreach(class IN LISTS classes)
        string(APPEND STEWARD_KIND_ADDS "    registry.add(std::make_unique<${class}>());\n")
    endforeach()
    set(out ${CMAKE_CURRENT_BINARY_DIR}/generated/BuiltinKinds.cpp)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/BuiltinKinds.cpp.in ${out} @ONLY)

    get_property(module_includes GLOBAL PROPERTY STEWARD_MODULE_INCLUDES)
    get_property(module_classes GLOBAL PROPERTY STEWARD_MODULE_CLASSES)
    list(JOIN module_includes "\n" STEWARD_MODULE_INCLUDES)
    set(STEWARD_MODULE_ADDS "")
    foreach(class IN LISTS module_classes)
        string(APPEND STEWARD_MODULE_ADDS "    modules.push_back(std::make_unique<${class}>());\n")
    endforeach()
    set(modules_out ${CMAKE_CURRENT_BINARY_DIR}/generated/BuiltinKindModules.cpp)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/BuiltinKindModules.cpp.in ${modules_out} @ONLY)

    get_property(kind_targets GLOBAL PROPERTY STEWARD_KIND_TARGETS)
    set(rule_targets ${kind_targets})
    list(FILTER rule_targets EXCLUDE REGEX "_host$")
    set(host_targets ${kind_targets})
    list(FILTER host_targets INCLUDE REGEX "_host$")
    qt_add_library(${registry_target} STATIC ${out})
    target_link_libraries(${registry_target} PUBLIC steward_core ${rule_targets} PRIVATE steward_options)
    target_sources(${modules_target} PRIVATE ${modules_out})
    target_link_libraries(${modules_target} PRIVATE ${host_targets})
    message(STATUS "Game kinds: ${names}")
endfunction()
