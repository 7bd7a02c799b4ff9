// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity ^0.8.24;

/// @title Beer Distribution Game ledger
/// @notice An append-only record of the orders, inventories and week results of Steward's
///         Beer Distribution Games. The host is the only writer (the operator); everything it
///         records is an event, so the contract keeps one mapping and no per-game storage.
/// @dev Every write carries an intentId, the hash of the host's outbox row. A resent intent
///      (the host crashed after sending, or a transaction was replaced) can never be recorded
///      twice: the second one reverts with "intent already recorded", and `recorded` lets the
///      host reconcile its outbox against the chain after a restart.
contract BeerGameLedger {
    address public owner;
    address public operator;

    /// intentId => already recorded. The only storage a write touches.
    mapping(bytes32 => bool) public recorded;

    event OperatorChanged(address indexed previousOperator, address indexed newOperator);
    /// gameId is keccak256 of the host's game id; role is 0 retailer, 1 wholesaler,
    /// 2 distributor, 3 factory; costs are in cents.
    event OrderPlaced(
        bytes32 indexed gameId, uint16 team, uint32 week, uint8 role, uint32 quantity, bytes32 indexed intentId
    );
    event InventoryUpdated(
        bytes32 indexed gameId,
        uint16 team,
        uint32 week,
        uint8 role,
        int64 inventory,
        uint32 backlog,
        bytes32 indexed intentId
    );
    event WeekAdvanced(bytes32 indexed gameId, uint16 team, uint32 week, uint64 teamCostCents, bytes32 indexed intentId);

    constructor() {
        owner = msg.sender;
        operator = msg.sender;
        emit OperatorChanged(address(0), msg.sender);
    }

    modifier onlyOperator() {
        require(msg.sender == operator, "not operator");
        _;
    }

    /// Claims an intent once; a repeat reverts so the chain never holds a duplicate.
    modifier once(bytes32 intentId) {
        require(intentId != bytes32(0), "empty intent");
        require(!recorded[intentId], "intent already recorded");
        recorded[intentId] = true;
        _;
    }

    /// Hands the writer role to another key (the host's key rotated, or a new host).
    function setOperator(address newOperator) external {
        require(msg.sender == owner, "not owner");
        emit OperatorChanged(operator, newOperator);
        operator = newOperator;
    }

    function placeOrder(bytes32 gameId, uint16 team, uint32 week, uint8 role, uint32 quantity, bytes32 intentId)
        external
        onlyOperator
        once(intentId)
    {
        emit OrderPlaced(gameId, team, week, role, quantity, intentId);
    }

    function updateInventory(
        bytes32 gameId,
        uint16 team,
        uint32 week,
        uint8 role,
        int64 inventory,
        uint32 backlog,
        bytes32 intentId
    ) external onlyOperator once(intentId) {
        emit InventoryUpdated(gameId, team, week, role, inventory, backlog, intentId);
    }

    function advanceWeek(bytes32 gameId, uint16 team, uint32 week, uint64 teamCostCents, bytes32 intentId)
        external
        onlyOperator
        once(intentId)
    {
        emit WeekAdvanced(gameId, team, week, teamCostCents, intentId);
    }
}
