//! Address ranges the body cannot know (the VPC's and its vSwitches'), given by the user on the command line
//! or in `acklint.toml`: a lint option the overlap rules read.

use ipnet::Ipv4Net;

/// Address ranges outside the body that the overlap rules can check against, when the user gives them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct NetworkContext {
    /// The VPC's IPv4 range.
    pub vpc_cidr: Option<Ipv4Net>,
    /// vSwitch ID → its IPv4 range.
    pub vswitch_cidrs: Vec<(String, Ipv4Net)>,
}
