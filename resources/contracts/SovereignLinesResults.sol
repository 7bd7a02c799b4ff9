// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity ^0.8.24;

/// @title Sovereign Lines results
/// @notice The outcome of each finished Sovereign Lines match on a Steward host: who won, and the
///         hashes that let anyone check it by playing the match again from its seed and inputs
///         (steward-verify --sovereign).
/// @dev The host is the only writer (the operator). Every write carries an intentId, the hash of
///      the host's outbox row: a resent intent reverts with "intent already recorded", and
///      `recorded` lets the host reconcile its outbox against the chain after a restart.
contract SovereignLinesResults {
    address public owner;
    address public operator;

    /// intentId => already recorded. The only storage a write touches.
    mapping(bytes32 => bool) public recorded;

    event OperatorChanged(address indexed previousOperator, address indexed newOperator);
    /// gameId is keccak256 of the host's game id. inputHash chains every input of the match;
    /// stateHash is SHA-256 of the match's final state; standingsHash is keccak256 of the player
    /// numbers, best first, one byte each; winner is the first of them.
    event MatchRecorded(
        bytes32 indexed gameId,
        bytes32 inputHash,
        bytes32 stateHash,
        bytes32 standingsHash,
        uint16 winner,
        uint16 players,
        uint64 endTick,
        bytes32 indexed intentId
    );

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

    function recordMatch(
        bytes32 gameId,
        bytes32 inputHash,
        bytes32 stateHash,
        bytes32 standingsHash,
        uint16 winner,
        uint16 players,
        uint64 endTick,
        bytes32 intentId
    ) external onlyOperator once(intentId) {
        emit MatchRecorded(gameId, inputHash, stateHash, standingsHash, winner, players, endTick, intentId);
    }
}
