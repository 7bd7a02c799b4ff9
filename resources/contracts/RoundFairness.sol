// SPDX-License-Identifier: GPL-3.0-or-later
pragma solidity ^0.8.24;

/// @title Provably fair rounds
/// @notice Commit–reveal for Steward's rounds game (docs/games/rounds.md). Before a round takes
///         bets the host commits keccak256(seed); after settlement it reveals the seed with the
///         root of the round's accepted bets. The contract checks the seed against the commit
///         and recomputes the number, so a revealed result on chain is always the fair one.
/// @dev Every write carries the host's outbox intentId; a resent intent reverts instead of
///      recording twice (the same rule as BeerGameLedger).
contract RoundFairness {
    struct Round {
        bytes32 seedHash;
        uint64 committedAt; // block timestamp of the commit
        bool revealed;
    }

    address public owner;
    address public operator;

    mapping(bytes32 => bool) public recorded;
    /// keccak256(abi.encodePacked(table, round)) => its commitment
    mapping(bytes32 => Round) public rounds;

    event OperatorChanged(address indexed previousOperator, address indexed newOperator);
    /// table is keccak256 of the host's game id.
    event Committed(bytes32 indexed table, uint64 indexed round, bytes32 seedHash, uint64 committedAt, bytes32 intentId);
    event Revealed(
        bytes32 indexed table, uint64 indexed round, bytes32 seed, bytes32 betsRoot, uint8 number, bytes32 intentId
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

    modifier once(bytes32 intentId) {
        require(intentId != bytes32(0), "empty intent");
        require(!recorded[intentId], "intent already recorded");
        recorded[intentId] = true;
        _;
    }

    function setOperator(address newOperator) external {
        require(msg.sender == owner, "not owner");
        emit OperatorChanged(operator, newOperator);
        operator = newOperator;
    }

    function roundKey(bytes32 table, uint64 round) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(table, round));
    }

    function commit(bytes32 table, uint64 round, bytes32 seedHash, bytes32 intentId)
        external
        onlyOperator
        once(intentId)
    {
        require(seedHash != bytes32(0), "empty commitment");
        Round storage r = rounds[roundKey(table, round)];
        require(r.seedHash == bytes32(0), "round already committed");
        r.seedHash = seedHash;
        r.committedAt = uint64(block.timestamp);
        emit Committed(table, round, seedHash, uint64(block.timestamp), intentId);
    }

    function reveal(bytes32 table, uint64 round, bytes32 seed, bytes32 betsRoot, uint8 number, bytes32 intentId)
        external
        onlyOperator
        once(intentId)
    {
        Round storage r = rounds[roundKey(table, round)];
        require(r.seedHash != bytes32(0), "round not committed");
        require(!r.revealed, "round already revealed");
        require(keccak256(abi.encodePacked(seed)) == r.seedHash, "seed does not match commitment");
        require(drawNumber(seed, betsRoot) == number, "number does not follow from seed");
        r.revealed = true;
        emit Revealed(table, round, seed, betsRoot, number, intentId);
    }

    /// The draw: the first byte below 200 of keccak256(seed ‖ betsRoot ‖ k), k = 0, 1, …,
    /// taken mod 100. Rejecting 200–255 leaves every number exactly two byte values.
    function drawNumber(bytes32 seed, bytes32 betsRoot) public pure returns (uint8 number) {
        for (uint256 k = 0; ; ++k) {
            bytes32 h = keccak256(abi.encodePacked(seed, betsRoot, k));
            for (uint256 i = 0; i < 32; ++i) {
                uint8 b = uint8(h[i]);
                if (b < 200) return b % 100;
            }
        }
    }
}
