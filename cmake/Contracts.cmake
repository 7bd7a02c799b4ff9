# Solidity contracts, compiled at build time with the pinned solc-js and embedded as Qt resources:
# resources/contracts/<Name>.sol → <build>/contracts/<Name>.json → :/contracts/<Name>.json
# (ContractArtifact::load("<Name>")). Each file defines a contract of the same name.

# The contracts are the game kinds' (CONTRACTS on their lines in server/games/Kinds.cmake).
get_property(STEWARD_CONTRACTS GLOBAL PROPERTY STEWARD_KIND_CONTRACTS)
list(REMOVE_DUPLICATES STEWARD_CONTRACTS)
if(NOT STEWARD_CONTRACTS)
    message(FATAL_ERROR "No contracts: server/games/Kinds.cmake must be read before cmake/Contracts.cmake")
endif()

find_program(STEWARD_NODE_EXECUTABLE NAMES node nodejs)
set(STEWARD_CHAIN_TOOLS_DIR "${PROJECT_SOURCE_DIR}/tools/chain")
if(NOT STEWARD_NODE_EXECUTABLE)
    message(FATAL_ERROR "Node.js not found: it compiles the Solidity contracts at build time. "
                        "Run scripts/setup (installs nodejs and the pinned chain tools).")
endif()
if(NOT EXISTS "${STEWARD_CHAIN_TOOLS_DIR}/node_modules/solc/package.json")
    message(FATAL_ERROR "solc is not installed in ${STEWARD_CHAIN_TOOLS_DIR}/node_modules. "
                        "Run scripts/setup (it runs npm ci in tools/chain).")
endif()

# Compiles STEWARD_CONTRACTS and embeds the artifacts into `target` under the prefix /contracts.
function(steward_add_contracts target)
    set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/contracts")
    set(script "${STEWARD_CHAIN_TOOLS_DIR}/compile-contracts.mjs")
    set(sources "")
    set(artifacts "")
    foreach(name IN LISTS STEWARD_CONTRACTS)
        list(APPEND sources "${PROJECT_SOURCE_DIR}/resources/contracts/${name}.sol")
        list(APPEND artifacts "${out_dir}/${name}.json")
    endforeach()

    # One solc run for all: contracts may import each other, and solc-js starts slowly.
    add_custom_command(
        OUTPUT ${artifacts}
        COMMAND "${STEWARD_NODE_EXECUTABLE}" "${script}" "${out_dir}" ${sources}
        DEPENDS ${sources} "${script}" "${STEWARD_CHAIN_TOOLS_DIR}/package-lock.json"
        COMMENT "Compiling Solidity contracts: ${STEWARD_CONTRACTS}"
        VERBATIM)

    qt_add_resources(${target} "contracts"
        PREFIX "/contracts"
        BASE "${out_dir}"
        FILES ${artifacts})
endfunction()
